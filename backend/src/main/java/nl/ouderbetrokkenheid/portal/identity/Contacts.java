package nl.ouderbetrokkenheid.portal.identity;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Whom features may write to: a person's name and address from their profile, and everyone holding a role (for
 * notices to editors). Only people who logged in at least once have a profile.
 */
@Component
@RequiredArgsConstructor
public class Contacts {

	/** A person to mail. */
	public record Contact(String subject, String name, String email) {
	}

	private static final int MAX_PER_ROLE = 200;

	private final ProfileRepository profiles;

	private final ReactiveElasticsearchOperations operations;

	public Mono<Contact> of(String subject) {
		return this.profiles.findById(subject).filter(profile -> profile.getEmail() != null).map(Contacts::contact);
	}

	/** Everyone whose profile holds the role, from the provider or granted in the portal. */
	public Flux<Contact> withRole(Role role) {
		List<FieldValue> value = List.of(FieldValue.of(role.name()));
		Query query = Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
			.should(s -> s.terms(t -> t.field("providerRoles").terms(v -> v.value(value))))
			.should(s -> s.terms(t -> t.field("grantedRoles").terms(v -> v.value(value))))
			.filter(f -> f.exists(e -> e.field("email")))));
		return this.operations
			.search(NativeQuery.builder().withQuery(query).withPageable(PageRequest.of(0, MAX_PER_ROLE)).build(),
					ProfileDocument.class)
			.map(SearchHit::getContent)
			.map(Contacts::contact);
	}

	private static Contact contact(ProfileDocument profile) {
		return new Contact(profile.getSubject(), profile.getDisplayName(), profile.getEmail());
	}

}
