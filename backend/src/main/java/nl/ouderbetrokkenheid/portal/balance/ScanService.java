package nl.ouderbetrokkenheid.portal.balance;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * A person's own scans: results for answers that are not stored (anyone trying the scan), and the scans a logged-in
 * person saved, visible to them alone.
 */
@Service
@RequiredArgsConstructor
class ScanService {

	static final int MAX_SAVED = 100;

	private final ScanRepository scans;

	@Visible
	private final ReactiveElasticsearchOperations visible;

	private final BalanceRules rules;

	private final BalanceScoring scoring;

	private final Recommendations recommendations;

	private final Clock clock;

	/** The results of answers sent along, stored nowhere: the try-out before (or without) an account. */
	Mono<BalanceApi.Results> results(BalanceApi.ScanRequest request) {
		return Mono.fromRunnable(() -> this.rules.requireValid(request))
			.then(Mono.defer(() -> scored(Answers.stored(request.answers()), request.sector(), request.region())));
	}

	Mono<BalanceApi.ScanView> save(BalanceApi.ScanRequest request, PortalUser caller) {
		return Mono.fromRunnable(() -> this.rules.requireValid(request)).then(Mono.defer(() -> {
			ScanDocument scan = new ScanDocument();
			scan.setId(UUID.randomUUID().toString());
			scan.setSubject(caller.subject());
			scan.setSector(blankToNull(request.sector()));
			scan.setRegion(blankToNull(request.region()));
			scan.setAnswers(Answers.stored(request.answers()));
			scan.setCreatedAt(this.clock.instant());
			scan.setUpdatedAt(scan.getCreatedAt());
			// The list of saved scans is a search: it shows the new one at once.
			return this.visible.save(scan);
		})).flatMap(this::view);
	}

	Mono<BalanceApi.ScanList> mine(PortalUser caller) {
		return personal(caller.subject())
			.map(found -> new BalanceApi.ScanList(found.stream()
				.map(scan -> new BalanceApi.ScanSummary(scan.getId(), scan.getUpdatedAt(), scan.getAnswers().size()))
				.toList()));
	}

	Mono<BalanceApi.ScanView> get(String id, PortalUser caller) {
		return own(id, caller).flatMap(this::view);
	}

	Mono<Void> delete(String id, PortalUser caller) {
		return own(id, caller).flatMap(scan -> this.visible.delete(scan)).then();
	}

	/** The person's saved scans, newest first (their team responses are not among them). */
	Mono<List<ScanDocument>> personal(String subject) {
		NativeQuery query = NativeQuery.builder()
			.withQuery(Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("subject").value(subject)))
				.mustNot(m -> m.exists(e -> e.field("teamId"))))))
			.withSort(Sort.by("updatedAt").descending())
			.withPageable(PageRequest.of(0, MAX_SAVED))
			.build();
		return this.visible.search(query, ScanDocument.class).map(SearchHit::getContent).collectList();
	}

	private Mono<ScanDocument> own(String id, PortalUser caller) {
		// Someone else's scan is as absent as one that never existed: its id tells nothing.
		return this.scans.findById(id)
			.filter(scan -> scan.getTeamId() == null && scan.getSubject().equals(caller.subject()))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "scan-not-found",
					"Scan not found", "You have no saved scan with this id.")));
	}

	private Mono<BalanceApi.ScanView> view(ScanDocument scan) {
		return scored(scan.getAnswers(), scan.getSector(), scan.getRegion())
			.map(results -> new BalanceApi.ScanView(scan.getId(), scan.getUpdatedAt(), scan.getSector(),
					scan.getRegion(), Answers.bodies(scan.getAnswers()), results));
	}

	private Mono<BalanceApi.Results> scored(List<ScanDocument.Answer> answers, String sector, String region) {
		BalanceApi.Results results = this.scoring.score(List.of(Answers.levels(answers)), null);
		return this.recommendations.addTo(results, sector, region);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
