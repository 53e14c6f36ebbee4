package nl.ouderbetrokkenheid.portal.isop;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A school visit the assessor plans; the school contact receives it as a calendar invitation. */
public record VisitInput(@NotNull Instant startsAt, @NotNull Instant endsAt, @NotBlank @Size(max = 300) String location,
		@Size(max = 2000) String note) {
}
