package nl.ouderbetrokkenheid.portal.isop;

import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.CalendarText;
import nl.ouderbetrokkenheid.portal.system.WebProperties;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

/**
 * A planned school visit as an iCalendar invitation, written with ical4j like the events' files: local times in
 * Europe/Amsterdam with the zone's VTIMEZONE.
 */
@Component
@RequiredArgsConstructor
class IsopCalendar {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private final VTimeZone timezone = TimeZoneRegistryFactory.getInstance()
		.createRegistry()
		.getTimeZone(Track.AMSTERDAM.getId())
		.getVTimeZone();

	private final WebProperties web;

	private final Clock clock;

	String visit(SchoolDocument school, SchoolDocument.Visit visit) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Kennisportaal Ouderbetrokkenheid//ISOP//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(this.timezone);
		VEvent event = new VEvent(visit.getStartsAt().atZone(Track.AMSTERDAM), visit.getEndsAt().atZone(Track.AMSTERDAM),
				CalendarText.line("ISOP-schoolbezoek " + school.getName()));
		event.add(new Uid(visit.getId() + "@isop.kennisportaal.ouderbetrokkenheid"));
		event.add(new DtStamp(this.clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		event.add(new Location(CalendarText.line(visit.getLocation())));
		String description = "Bezoek van " + visit.getPlannedByName() + " in het ISOP-borgingstraject."
				+ ((visit.getNote() != null && !visit.getNote().isBlank()) ? "\n\n" + visit.getNote() : "");
		event.add(new Description(CalendarText.text(description)));
		event.add(new Url(URI.create(this.web.publicBase() + "/mijn-isop/" + school.getId())));
		event.add(ImmutableStatus.VEVENT_CONFIRMED);
		calendar.add(event);
		return calendar.toString();
	}

}
