package nl.ouderbetrokkenheid.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.Visible;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Profiles: created at first login from the provider's claims, edited by their owner, exported and erased on
 * request, and given extra roles by administrators.
 */
@Service
@RequiredArgsConstructor
class ProfileService {

	private final ProfileRepository profiles;

	private final Taxonomy taxonomy;

	private final ObjectProvider<PersonalDataHolder> holders;

	private final ObjectProvider<RolesChangedListener> rolesListeners;

	private final Clock clock;

	private final IdentityMapper mapper;

	private final DocumentWrites writes;

	private final SessionPersonalData sessions;

	@Visible
	private final ReactiveElasticsearchOperations visibleWrites;

	/** Records a login: creates the profile the first time, refreshes what the provider owns every time. */
	Mono<ProfileDocument> loggedIn(String subject, String displayName, String email, Set<Role> providerRoles) {
		return change(subject, true, this.profiles::save, profile -> {
			profile.setDisplayName(displayName);
			profile.setEmail(email);
			profile.setProviderRoles(providerRoles.isEmpty() ? EnumSet.of(Role.MEMBER) : EnumSet.copyOf(providerRoles));
			profile.setLastLoginAt(this.clock.instant());
		});
	}

	/** The profile as it is now (a realtime read), or empty when the account was erased. */
	Mono<ProfileDocument> current(String subject) {
		return this.profiles.findById(subject);
	}

	/**
	 * Ends every session of the person, on every replica, from their next request on: deleted from the shared store,
	 * and the profile stamped, so a session that was being saved at this very moment ends at its next request too.
	 */
	Mono<ProfileDocument> endAllSessions(String subject) {
		return change(subject, false, this.profiles::save,
				profile -> profile.setSessionsValidAfter(this.clock.instant()))
			.flatMap(profile -> this.sessions.endAll(subject).thenReturn(profile));
	}

	/**
	 * Changes a profile by reading it and writing it back on the version read. Everything that writes a profile goes
	 * through here: a login refreshing the provider's fields at the same moment as an administrator's grant must not
	 * write back the roles it read before the grant. On a conflict the change is applied again to the newer profile.
	 */
	private Mono<ProfileDocument> change(String subject, boolean createIfMissing,
			Function<ProfileDocument, Mono<ProfileDocument>> save, Consumer<ProfileDocument> change) {
		return Mono.defer(() -> this.profiles.findById(subject).flatMap(profile -> {
			change.accept(profile);
			return save.apply(profile);
		}).switchIfEmpty(Mono.defer(() -> createIfMissing ? create(subject, change) : Mono.error(notFound()))))
			// Jitter spreads writers that collided, so they do not collide again in step.
			.retryWhen(Retry.backoff(20, Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(250)).filter(Conflicts::isConflict));
	}

	private Mono<ProfileDocument> create(String subject, Consumer<ProfileDocument> change) {
		ProfileDocument profile = newProfile(subject);
		change.accept(profile);
		return this.writes.create(subject, profile)
			.flatMap(created -> created ? Mono.just(profile)
					: Mono.error(new OptimisticLockingFailureException("profile " + subject + " created meanwhile")));
	}

	private static PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "profile-not-found", "Profile not found",
				"There is no profile for this account.");
	}

	Mono<ProfileDocument> find(String subject) {
		return this.profiles.findById(subject).switchIfEmpty(Mono.error(ProfileService::notFound));
	}

	Mono<ProfileDocument> update(String subject, ProfileUpdate update) {
		List<Problems.FieldError> errors = new ArrayList<>();
		errors.addAll(this.taxonomy.check("sector", Taxonomy.Kind.SECTOR, update.sector()));
		errors.addAll(this.taxonomy.check("region", Taxonomy.Kind.PROVINCE, update.region()));
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		return change(subject, false, this.profiles::save, profile -> {
			profile.setOrganisation(blankToNull(update.organisation()));
			profile.setSector(blankToNull(update.sector()));
			profile.setRegion(blankToNull(update.region()));
			profile.setBio(blankToNull(update.bio()));
		});
	}

	/** Everything the portal holds about the person, section by section. */
	Mono<Map<String, Object>> export(String subject) {
		Map<String, Object> export = new LinkedHashMap<>();
		return find(subject).doOnNext(profile -> export.put("profile", this.mapper.toView(profile)))
			.thenMany(Flux.fromStream(this.holders.orderedStream()))
			.concatMap(holder -> holder.export(subject).doOnNext(data -> export.put(holder.section(), data)))
			.then(Mono.fromSupplier(() -> export));
	}

	/** Erases the account: every feature's data first, the profile last, so a failure can be retried. */
	Mono<Void> erase(String subject) {
		return Flux.fromStream(this.holders.orderedStream())
			.concatMap(holder -> holder.erase(subject))
			.then(this.profiles.deleteById(subject));
	}

	Flux<ProfileDocument> list(int page, int size) {
		return this.profiles.findAllBy(PageRequest.of(page, size, Sort.by("displayName.sort")));
	}

	Mono<Long> count() {
		return this.profiles.count();
	}

	/**
	 * Sets the roles granted inside the portal. They are in force from the person's next request on (see
	 * {@link PortalSessions}); the write waits until searches show it, so the administrator's list shows it at once.
	 */
	Mono<ProfileDocument> grant(String subject, Set<Role> roles) {
		Set<Role> granted = EnumSet.noneOf(Role.class);
		granted.addAll(roles);
		granted.remove(Role.MEMBER);
		return change(subject, false, this.visibleWrites::save, profile -> profile.setGrantedRoles(granted))
			.flatMap(saved -> Flux.fromStream(this.rolesListeners.orderedStream())
				.concatMap(listener -> listener.rolesChanged(subject, saved.roles()))
				.then(Mono.just(saved)));
	}

	private ProfileDocument newProfile(String subject) {
		ProfileDocument profile = new ProfileDocument();
		profile.setSubject(subject);
		profile.setCreatedAt(this.clock.instant());
		return profile;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
