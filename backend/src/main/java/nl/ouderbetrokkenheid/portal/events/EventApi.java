package nl.ouderbetrokkenheid.portal.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The requests and responses of the events API. Times in requests are local times in Europe/Amsterdam (what an
 * organiser types); responses carry instants.
 */
final class EventApi {

	private EventApi() {
	}

	record VenueBody(@Size(max = 200) String name, @Size(max = 300) String address, @Size(max = 100) String city) {
	}

	record QuestionBody(@Size(max = 40) String id, @NotBlank @Size(max = 300) String label,
			@NotNull EventDocument.Question.Type type, @Size(max = 20) List<@NotBlank @Size(max = 200) String> options,
			boolean required) {
	}

	record EventRequest(@NotBlank @Size(max = 200) String title, @Size(max = 20000) String description,
			@NotNull EventDocument.Kind kind, @NotNull EventDocument.Scope scope, @Size(max = 40) String province,
			@Valid VenueBody venue, @Size(max = 500) @Pattern(regexp = "https?://\\S+") String onlineUrl,
			@NotNull LocalDateTime startsAt, @NotNull LocalDateTime endsAt, @Min(1) @Max(100000) Integer capacity,
			LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
			@Size(max = 5) List<@NotBlank String> partnerships, @Size(max = 6) List<@NotBlank String> aspects,
			@Size(max = 5) List<@NotBlank String> sectors, @Size(max = 10) List<@Valid QuestionBody> questions) {
	}

	/** {@code description} is the organiser's Markdown, {@code descriptionHtml} that rendered and sanitised. */
	record EventView(String id, String title, String description, String descriptionHtml, EventDocument.Kind kind, EventDocument.Scope scope,
			String province, VenueBody venue, String onlineUrl, Instant startsAt, Instant endsAt, Integer capacity,
			Instant registrationOpensAt, Instant registrationClosesAt, List<String> partnerships, List<String> aspects,
			List<String> sectors, List<QuestionBody> questions, EventDocument.Status status, String organiserName,
			Integer seatsLeft, long waitlisted, boolean registrationOpen, boolean canManage) {
	}

	record EventPage(long total, List<EventView> events) {
	}

	record RegistrationRequest(@Size(max = 5) List<@NotBlank @Size(max = 200) String> colleagues,
			Map<String, @Size(max = 2000) String> answers) {
	}

	record RegistrationView(String id, String eventId, String eventTitle, Instant eventStartsAt,
			RegistrationDocument.Status status, Long arrival, int waitlistPosition, int seats, List<String> colleagues,
			Map<String, String> answers, Instant createdAt) {
	}

	record Attendee(String id, String name, String email, List<String> colleagues, int seats,
			RegistrationDocument.Status status, Long arrival, int waitlistPosition, Map<String, String> answers,
			boolean present, Instant createdAt) {
	}

	record Counts(long confirmed, long confirmedSeats, long waitlisted, long cancelled, long present) {
	}

	record AttendeeList(String eventId, String title, List<QuestionBody> questions, Counts counts,
			List<Attendee> attendees) {
	}

	record Presence(boolean present) {
	}

}
