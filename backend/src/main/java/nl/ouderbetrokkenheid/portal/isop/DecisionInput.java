package nl.ouderbetrokkenheid.portal.isop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An assessor's decision (award, ask for more, decline) always comes with its reason. */
public record DecisionInput(@NotBlank @Size(max = 5000) String reason) {
}
