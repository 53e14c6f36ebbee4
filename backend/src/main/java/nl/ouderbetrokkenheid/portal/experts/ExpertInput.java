package nl.ouderbetrokkenheid.portal.experts;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ouderbetrokkenheid.portal.taxonomy.Classified;

/**
 * What an expert may change about their public profile; the name belongs to the identity provider. Codes are checked
 * against the taxonomy by the service. {@code listed}: whether to appear in the directory (left out: not).
 */
record ExpertInput(@Size(max = 2000) @Pattern(regexp = "https://\\S+") String photoUrl, @Size(max = 4000) String bio,
		@Size(max = 5) List<@NotBlank String> partnerships, @Size(max = 6) List<@NotBlank String> aspects,
		@Size(max = 5) List<@NotBlank String> sectors, @Size(max = 40) String region,
		@Size(max = 200) String organisation, Boolean listed) implements Classified {
}
