package nl.ouderbetrokkenheid.portal.isop;

import jakarta.validation.constraints.NotNull;

/** Research consent (guideline 6): given ({@code true}) or withdrawn ({@code false}). */
public record ConsentInput(@NotNull Boolean given) {
}
