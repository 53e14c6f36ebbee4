package nl.ouderbetrokkenheid.portal.events;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import nl.ouderbetrokkenheid.portal.system.WebProperties;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class EventCalendarTests {

	private final EventCalendar calendar = new EventCalendar(
			new WebProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(256), DataSize.ofMegabytes(21), "",
				"https://portal.example"),
			Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));

	private static EventDocument event(LocalDateTime start) {
		EventDocument event = new EventDocument();
		event.setId("e1");
		event.setTitle("Ouderavond; samen leren");
		event.setDescription("Een avond over **ouderbetrokkenheid**.");
		event.setStartsAt(EventService.amsterdam(start));
		event.setEndsAt(EventService.amsterdam(start.plusHours(2)));
		EventDocument.Venue venue = new EventDocument.Venue();
		venue.setName("De Regenboog");
		venue.setCity("Utrecht");
		event.setVenue(venue);
		event.setStatus(EventDocument.Status.PUBLISHED);
		return event;
	}

	@Test
	void singleEventParsesBackWithAmsterdamTimeZoneAndLocalStart() throws Exception {
		String ics = this.calendar.single(event(LocalDateTime.of(2026, 3, 30, 19, 30)));

		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
		VEvent vevent = parsed.<VEvent>getComponents("VEVENT").getFirst();
		var dtStart = vevent.getProperty(Property.DTSTART).orElseThrow();
		assertThat(dtStart.getValue()).isEqualTo("20260330T193000");
		assertThat(dtStart.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Amsterdam");
		assertThat(parsed.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
		assertThat(vevent.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Ouderavond; samen leren");
		assertThat(vevent.getProperty(Property.UID).orElseThrow().getValue()).startsWith("e1@");
		assertThat(ics).contains("METHOD:PUBLISH").contains("\r\n");
	}

	@Test
	void aFeedHoldsEveryEventOnce() throws Exception {
		EventDocument second = event(LocalDateTime.of(2026, 10, 26, 10, 0));
		second.setId("e2");
		String ics = this.calendar.feed(java.util.List.of(event(LocalDateTime.of(2026, 3, 30, 19, 30)), second),
				"Utrecht");
		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
		assertThat(parsed.<VEvent>getComponents("VEVENT")).hasSize(2);
		assertThat(ics).doesNotContain("METHOD:");
	}

	@Test
	void controlCharactersNeverReachTheOutput() throws Exception {
		EventDocument event = event(LocalDateTime.of(2026, 3, 30, 19, 30));
		event.setTitle("Ouderavond\rX-INJECTED:ja\u0000\u0007\u0085\u009f\u007f");
		event.setDescription("Regel een\r\nRegel twee\rRegel drie\u000b\u001b[31m");
		event.getVenue().setName("De\u0000 Regenboog\r\nBEGIN:VALARM");
		String ics = this.calendar.feed(java.util.List.of(event), "Feed\u0001\r");

		// Only the CRLF that ends (or folds) a line: no lone CR or LF, no other C0 or C1 character, no DEL.
		String withoutLineEnds = ics.replace("\r\n", "");
		assertThat(withoutLineEnds.chars().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)).boxed().toList())
			.isEmpty();
		assertThat(ics.lines()).noneMatch(line -> line.startsWith("X-INJECTED") || line.startsWith("BEGIN:VALARM"));
		VEvent vevent = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT").getFirst();
		assertThat(vevent.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Ouderavond X-INJECTED:ja");
		assertThat(vevent.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
			.isEqualTo("Regel een\nRegel twee\nRegel drie[31m");
		assertThat(vevent.getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("De Regenboog BEGIN:VALARM, Utrecht");
	}

}
