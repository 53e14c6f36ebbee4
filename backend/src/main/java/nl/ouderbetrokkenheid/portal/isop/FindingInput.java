package nl.ouderbetrokkenheid.portal.isop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The assessor's finding for one guideline: met, partly met or not met, and why. */
public record FindingInput(@NotNull SectionStatus status, @NotBlank @Size(max = 5000) String text) {
}
