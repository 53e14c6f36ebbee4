package nl.ouderbetrokkenheid.portal.contributions;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ouderbetrokkenheid.portal.taxonomy.Classified;

/**
 * A contribution as its author sends it: the catalogue's fields, the model's codes, and the four sections with
 * guidance in the form. A draft may be unfinished; {@link ContributionRules} says what a submission needs.
 *
 * @param showName whether the published item names the contributor and their organisation (otherwise anonymous)
 */
record ContributionInput(@NotBlank @Pattern(regexp = "PRACTICE_EXAMPLE|TOOL") String type,
		@NotBlank @Size(max = 200) String title, @Size(max = 1000) String summary, @Size(max = 20_000) String context,
		@Size(max = 20_000) String approach, @Size(max = 20_000) String result, @Size(max = 20_000) String tips,
		@Size(max = 5) List<@NotBlank String> partnerships, @Size(max = 6) List<@NotBlank String> aspects,
		@Size(max = 5) List<@NotBlank String> sectors, @Size(max = 40) String region,
		@Size(max = 200) String organisation, boolean showName) implements Classified {
}
