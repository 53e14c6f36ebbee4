package nl.ouderbetrokkenheid.portal.events;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.CalendarText;
import nl.ouderbetrokkenheid.portal.system.WebProperties;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) files for one event or a feed of many, written with ical4j: local times in Europe/Amsterdam
 * with the zone's VTIMEZONE, so calendar apps show the right hour on both sides of a daylight-saving change.
 */
@Component
@RequiredArgsConstructor
class EventCalendar {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private final VTimeZone timezone = TimeZoneRegistryFactory.getInstance()
		.createRegistry()
		.getTimeZone(AMSTERDAM.getId())
		.getVTimeZone();

	private final WebProperties web;

	private final Clock clock;

	/** One event, as sent with mails ({@code METHOD:PUBLISH}). */
	String single(EventDocument event) {
		return calendar(List.of(event), event.getTitle(), ImmutableMethod.PUBLISH);
	}

	/** A feed calendar apps subscribe to. */
	String feed(List<EventDocument> events, String name) {
		return calendar(events, name, null);
	}

	private String calendar(List<EventDocument> events, String name, Method method) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Kennisportaal Ouderbetrokkenheid//Bijeenkomsten//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		if (method != null) {
			calendar.add(method);
		}
		calendar.add(new XProperty("X-WR-CALNAME", line(name)));
		calendar.add(new XProperty("X-WR-TIMEZONE", AMSTERDAM.getId()));
		calendar.add(this.timezone);
		for (EventDocument event : events) {
			calendar.add(toVEvent(event));
		}
		return calendar.toString();
	}

	private VEvent toVEvent(EventDocument event) {
		VEvent vevent = new VEvent(event.getStartsAt().atZone(AMSTERDAM), event.getEndsAt().atZone(AMSTERDAM),
				line(event.getTitle()));
		vevent.add(new Uid(event.getId() + "@kennisportaal.ouderbetrokkenheid"));
		vevent.add(new DtStamp(this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		if (event.getUpdatedAt() != null) {
			vevent.add(new LastModified(event.getUpdatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
			// A cancellation or change must replace what calendars hold: SEQUENCE has to go up with every update.
			vevent.add(new Sequence((int) (event.getUpdatedAt().getEpochSecond() - 1_700_000_000L)));
		}
		if (event.getDescription() != null) {
			vevent.add(new Description(text(event.getDescription())));
		}
		String location = location(event);
		if (location != null) {
			vevent.add(new Location(line(location)));
		}
		vevent.add(new Url(URI.create(this.web.publicBase() + "/bijeenkomsten/" + event.getId())));
		vevent.add(event.getStatus() == EventDocument.Status.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED);
		return vevent;
	}

	static String text(String value) {
		return CalendarText.text(value);
	}

	static String line(String value) {
		return CalendarText.line(value);
	}

	static String location(EventDocument event) {
		EventDocument.Venue venue = event.getVenue();
		if (venue != null && venue.getName() != null) {
			return String.join(", ", java.util.stream.Stream.of(venue.getName(), venue.getAddress(), venue.getCity())
				.filter(part -> part != null && !part.isBlank())
				.toList());
		}
		return event.getOnlineUrl();
	}

}
