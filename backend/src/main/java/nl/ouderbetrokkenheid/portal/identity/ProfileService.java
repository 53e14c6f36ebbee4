package nl.ouderbetrokkenheid.portal.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Profiles: created at first login from the provider's claims, edited by their owner, exported and erased on
 * request, and given extra roles by administrators.
 */
@Service
class ProfileService {

	private final ProfileRepository profiles;

	private final Taxonomy taxonomy;

	private final ObjectProvider<PersonalDataHolder> holders;

	private final Clock clock;

	private final IdentityMapper mapper;

	ProfileService(ProfileRepository profiles, Taxonomy taxonomy, ObjectProvider<PersonalDataHolder> holders,
			Clock clock, IdentityMapper mapper) {
		this.mapper = mapper;
		this.profiles = profiles;
		this.taxonomy = taxonomy;
		this.holders = holders;
		this.clock = clock;
	}

	/** Records a login: creates the profile the first time, refreshes what the provider owns every time. */
	Mono<ProfileDocument> loggedIn(String subject, String displayName, String email, Set<Role> providerRoles) {
		return this.profiles.findById(subject).defaultIfEmpty(newProfile(subject)).flatMap(profile -> {
			profile.setDisplayName(displayName);
			profile.setEmail(email);
			profile.setProviderRoles(providerRoles.isEmpty() ? EnumSet.of(Role.MEMBER) : EnumSet.copyOf(providerRoles));
			profile.setLastLoginAt(this.clock.instant());
			return this.profiles.save(profile);
		});
	}

	Mono<ProfileDocument> find(String subject) {
		return this.profiles.findById(subject)
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "profile-not-found",
					"Profile not found", "There is no profile for this account.")));
	}

	Mono<ProfileDocument> update(String subject, MeController.ProfileUpdate update) {
		List<Problems.FieldError> errors = new ArrayList<>();
		if (update.sector() != null && !this.taxonomy.isSector(update.sector())) {
			errors.add(new Problems.FieldError("sector", Problems.Code.UNKNOWN_CODE, "unknown sector code"));
		}
		if (update.region() != null && !this.taxonomy.isRegion(update.region())) {
			errors.add(new Problems.FieldError("region", Problems.Code.UNKNOWN_CODE, "unknown region code"));
		}
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		return find(subject).flatMap(profile -> {
			profile.setOrganisation(blankToNull(update.organisation()));
			profile.setSector(update.sector());
			profile.setRegion(update.region());
			profile.setBio(blankToNull(update.bio()));
			return this.profiles.save(profile);
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

	Mono<ProfileDocument> grant(String subject, Set<Role> roles) {
		return find(subject).flatMap(profile -> {
			Set<Role> granted = EnumSet.noneOf(Role.class);
			granted.addAll(roles);
			granted.remove(Role.MEMBER);
			profile.setGrantedRoles(granted);
			return this.profiles.save(profile);
		});
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
