package nl.ouderbetrokkenheid.portal.balance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.pdf.PrintLanguage;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A saved scan's or a team's results as a PDF, for whoever may see them on the page: the same reading rules. */
@RestController
@RequiredArgsConstructor
class BalanceReportController {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final ScanService scans;

	private final TeamService teams;

	private final BalanceReport report;

	@GetMapping("/api/balance/scans/{id}/report.pdf")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<byte[]>> scan(@PathVariable String id, @RequestParam(required = false) String lang,
			PortalUser caller) {
		return Mono.fromSupplier(() -> PrintLanguage.of("lang", lang))
			.flatMap(language -> this.scans.get(id, caller).map(scan -> {
				String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(language.locale())
					.format(scan.savedAt().atZone(AMSTERDAM));
				return new BalanceReport.Subject(language.english() ? "Balance scan" : "Balansscan",
						(language.english() ? "Saved " : "Opgeslagen op ") + date, scan.results(), List.of());
			}).publishOn(Schedulers.boundedElastic()).map(subject -> pdf(subject, language, "balansscan")));
	}

	@GetMapping("/api/balance/teams/{id}/report.pdf")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<byte[]>> team(@PathVariable String id, @RequestParam(required = false) String lang,
			PortalUser caller) {
		return Mono.fromSupplier(() -> PrintLanguage.of("lang", lang))
			.flatMap(language -> this.teams.get(id, caller)
				.map(team -> new BalanceReport.Subject(team.name(),
						(language.english() ? "Balance scan, round " : "Balansscan, ronde ") + team.round(),
						team.results(), team.actions()))
				.publishOn(Schedulers.boundedElastic())
				.map(subject -> pdf(subject, language, "balansscan-team")));
	}

	private ResponseEntity<byte[]> pdf(BalanceReport.Subject subject, PrintLanguage language, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".pdf").build().toString())
			.body(this.report.print(subject, language));
	}

}
