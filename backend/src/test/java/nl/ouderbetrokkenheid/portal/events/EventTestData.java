package nl.ouderbetrokkenheid.portal.events;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Event requests for tests: a published-ready event starting in ten days, tweakable per test.
 */
final class EventTestData {

	private EventTestData() {
	}

	static EventApi.EventRequest event(String title, Integer capacity) {
		LocalDateTime start = startIn(10);
		return new EventApi.EventRequest(title, "Een **avond** over ouderbetrokkenheid.", EventDocument.Kind.EXCHANGE,
				EventDocument.Scope.REGIONAL, "UTRECHT", new EventApi.VenueBody("De Regenboog", "Schoolstraat 1", "Utrecht"),
				null, start, start.plusHours(2), capacity, null, null, List.of("DIDACTIC"), List.of("COMMUNICATION"),
				List.of("EDUCATION"), List.of(new EventApi.QuestionBody("diet", "Dieetwensen?", EventDocument.Question.Type.TEXT,
						List.of(), false)));
	}

	static String json(String title, Integer capacity) {
		return json(title, capacity, startIn(10), "");
	}

	/** Half past seven in the evening, {@code days} from today, in Amsterdam. */
	static LocalDateTime startIn(int days) {
		return LocalDateTime.now(EventCalendar.AMSTERDAM).plusDays(days).withHour(19).withMinute(30).withSecond(0)
			.withNano(0);
	}

	/** An event starting at {@code start} (local Amsterdam time); {@code extra} is more JSON fields, each ending in a comma. */
	static String json(String title, Integer capacity, LocalDateTime start, String extra) {
		return """
				{"title":"%s","description":"Een avond","kind":"EXCHANGE","scope":"REGIONAL","province":"UTRECHT",
				 "venue":{"name":"De Regenboog","address":"Schoolstraat 1","city":"Utrecht"},
				 "startsAt":"%s","endsAt":"%s",%s%s
				 "partnerships":["DIDACTIC"],"aspects":["COMMUNICATION"],"sectors":["EDUCATION"],
				 "questions":[{"id":"role","label":"Je rol?","type":"CHOICE","options":["Leerkracht","Ouder"],"required":true}]}
				""".formatted(title, start, start.plusHours(2), (capacity != null) ? "\"capacity\":" + capacity + "," : "",
				extra);
	}

}
