package nl.ouderbetrokkenheid.portal.isop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A school contact registers a school and starts its track.
 *
 * @param brin the BRIN number or another identifier the school goes by
 * @param organisation the name catalogue items give as their organisation, when not the school's own name
 */
public record SchoolApplication(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 40) String brin,
		@NotBlank @Size(max = 100) String place, @NotBlank String province, @NotBlank String sector,
		@Size(max = 200) String organisation) {
}
