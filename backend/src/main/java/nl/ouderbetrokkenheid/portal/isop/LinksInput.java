package nl.ouderbetrokkenheid.portal.isop;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the school shares (guideline 5): catalogue items by slug and events by id, shown on its public page.
 */
public record LinksInput(@Size(max = 20) List<@NotBlank @Size(max = 200) String> items,
		@Size(max = 20) List<@NotBlank @Size(max = 100) String> events) {
}
