package nl.ouderbetrokkenheid.portal.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.session.ReactiveFindByIndexNameSessionRepository;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A person's sessions in the shared store, found by their subject: listed in their data export (when each began
 * and was last used), and all ended with their account or by "log out everywhere". A session holds the person's ID
 * token (name, e-mail), so it is personal data like the rest.
 */
@Component
@RequiredArgsConstructor
class SessionPersonalData implements PersonalDataHolder {

	private final ReactiveFindByIndexNameSessionRepository<? extends Session> byPerson;

	private final ReactiveSessionRepository<? extends Session> sessions;

	@Override
	public String section() {
		return "sessions";
	}

	@Override
	public Mono<Object> export(String subject) {
		return this.byPerson.findByPrincipalName(subject)
			.map(found -> found.values()
				.stream()
				.sorted(Comparator.comparing(Session::getCreationTime))
				.map(session -> Map.of("startedAt", session.getCreationTime().toString(), "lastUsedAt",
						session.getLastAccessedTime().toString()))
				.toList())
			.map(list -> (Object) list)
			.defaultIfEmpty(List.of());
	}

	@Override
	public Mono<Void> erase(String subject) {
		return endAll(subject);
	}

	/** Deletes every session of the person from the store: the next request with any of their cookies is anonymous. */
	Mono<Void> endAll(String subject) {
		return this.byPerson.findByPrincipalName(subject)
			.flatMapMany(found -> Flux.fromIterable(found.keySet()))
			.concatMap(this.sessions::deleteById)
			.then();
	}

}
