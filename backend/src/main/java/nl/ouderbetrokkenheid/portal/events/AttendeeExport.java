package nl.ouderbetrokkenheid.portal.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** The attendee list as CSV for Dutch Excel: UTF-8 with a byte-order mark, semicolons, CRLF. */
@Component
@RequiredArgsConstructor
class AttendeeExport {

	private static final CSVFormat EXCEL_NL = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setQuoteMode(QuoteMode.MINIMAL)
		.get();

	private final AttendeeService attendees;

	Mono<byte[]> csv(String eventId, PortalUser caller) {
		return this.attendees.attendees(eventId, caller).map(AttendeeExport::csv);
	}

	private static byte[] csv(EventApi.AttendeeList list) {
		StringWriter out = new StringWriter().append('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, EXCEL_NL)) {
			List<String> header = new ArrayList<>(
					List.of("Naam", "E-mail", "Collega's", "Plaatsen", "Status", "Wachtlijstpositie", "Aanwezig"));
			list.questions().forEach(question -> header.add(question.label()));
			printer.printRecord(header.stream().map(AttendeeExport::defused));
			for (EventApi.Attendee attendee : list.attendees()) {
				List<String> cells = new ArrayList<>(List.of(nullToEmpty(attendee.name()),
						nullToEmpty(attendee.email()), String.join(", ", attendee.colleagues()),
						String.valueOf(attendee.seats()), statusNl(attendee.status()),
						(attendee.waitlistPosition() > 0) ? String.valueOf(attendee.waitlistPosition()) : "",
						attendee.present() ? "ja" : "nee"));
				list.questions().forEach(question -> cells.add(nullToEmpty(attendee.answers().get(question.id()))));
				printer.printRecord(cells.stream().map(AttendeeExport::defused));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** What Excel would run as a formula starts with a quote, so it shows as text. */
	private static String defused(String value) {
		return (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

	private static String statusNl(RegistrationDocument.Status status) {
		return switch (status) {
			case PENDING -> "in behandeling";
			case CONFIRMED -> "bevestigd";
			case WAITLISTED -> "wachtlijst";
			case CANCELLED -> "geannuleerd";
		};
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
