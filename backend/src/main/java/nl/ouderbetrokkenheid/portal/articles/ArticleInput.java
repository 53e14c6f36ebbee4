package nl.ouderbetrokkenheid.portal.articles;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ouderbetrokkenheid.portal.taxonomy.Classified;

/**
 * An article as its author sends it. A draft may be unfinished; {@link ArticleRules} says what a submission needs
 * and checks codes against the taxonomy.
 */
record ArticleInput(@NotBlank @Size(max = 200) String title, @Size(max = 1000) String summary,
		@Size(max = 100_000) String body, @Size(max = 5) List<@NotBlank String> partnerships,
		@Size(max = 6) List<@NotBlank String> aspects, @Size(max = 5) List<@NotBlank String> sectors,
		@Size(max = 20) List<@Valid @NotNull ReferenceInput> references) implements Classified {

	/** A source the article refers to; only http(s) addresses. */
	record ReferenceInput(@NotBlank @Size(max = 300) String title,
			@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url) {
	}

}
