package nl.ouderbetrokkenheid.portal.catalog;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An item as editors and importers send it. Codes are checked against the taxonomy by {@link ItemRules}.
 */
record ItemInput(@Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String externalId,
		@NotBlank @Size(max = 40) String type, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 1000) String summary, @Size(max = 100_000) String body,
		@NotEmpty @Size(max = 5) List<@NotBlank String> partnerships, @Size(max = 6) List<@NotBlank String> aspects,
		@NotEmpty @Size(max = 5) List<@NotBlank String> sectors, @NotBlank @Size(max = 40) String region,
		@Size(max = 200) String organisation, @Size(max = 200) String author,
		@Size(max = 10) List<@Valid @NotNull LinkInput> links, @Size(max = 100) String licence,
		@Pattern(regexp = "nl|en") String language, LocalDate publishedAt, Boolean published, Boolean demo) {

	/** A link to further reading; only http(s) addresses. */
	record LinkInput(@NotBlank @Size(max = 200) String title,
			@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url) {
	}

}
