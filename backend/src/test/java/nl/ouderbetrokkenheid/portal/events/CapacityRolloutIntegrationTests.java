package nl.ouderbetrokkenheid.portal.events;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.events.RegistrationDocument.Status;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexDefinition;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexLifecycle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Capacity edits after the events index was rolled forward to a new version (documents copied into a fresh index,
 * where sequence numbers start again from zero), as a deploy with a changed mapping does.
 */
@PortalIntegrationTest
class CapacityRolloutIntegrationTests {

	@Autowired
	private EventService events;

	@Autowired
	private RegistrationService registrations;

	@Autowired
	private SeatLedger ledger;

	@Autowired
	private IndexLifecycle lifecycle;

	private final PortalUser organiser = new PortalUser("org-" + UUID.randomUUID(), "Olga", "olga@example.test",
			Set.of(Role.ORGANISER));

	private EventDocument setCapacity(String eventId, int capacity) {
		EventDocument current = this.events.find(eventId).block(Duration.ofSeconds(10));
		EventApi.EventRequest base = EventTestData.event(current.getTitle(), capacity);
		return this.events.update(eventId, DocumentVersion.of(current.getSeqNoPrimaryTerm()), base, this.organiser)
			.block(Duration.ofSeconds(30));
	}

	private Status register(String eventId) {
		String subject = "lid-" + UUID.randomUUID();
		PortalUser member = new PortalUser(subject, "Lid", subject + "@example.test", Set.of(Role.MEMBER));
		return this.registrations.register(eventId, new EventApi.RegistrationRequest(List.of(), Map.of()), member)
			.block(Duration.ofSeconds(30))
			.status();
	}

	/** What a deploy with a new events mapping does: copy every event into a fresh index and move the alias. */
	private void rollEventsForward() throws IOException {
		Resource newest = Arrays
			.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:elasticsearch/indices/events/v*.json"))
			.max(Comparator.comparingInt(CapacityRolloutIntegrationTests::versionOf))
			.orElseThrow();
		IndexDefinition next = new IndexDefinition("events", versionOf(newest) + 1, IndexDefinition.read(newest).json());
		assertThat(this.lifecycle.ensure(next, java.time.Instant.now().plusSeconds(60)).block(Duration.ofSeconds(90)))
			.isEqualTo(IndexLifecycle.Outcome.ROLLED_FORWARD);
	}

	private static int versionOf(Resource resource) {
		String name = resource.getFilename();
		return Integer.parseInt(name.substring(1, name.indexOf('.')));
	}

	@Test
	void capacityEditsAfterARolloutTakeEffectAndLoweringNeverOverbooks() throws IOException {
		EventDocument created = this.events.create(EventTestData.event("Uitrol " + UUID.randomUUID(), 10), this.organiser)
			.block(Duration.ofSeconds(30));
		String id = created.getId();
		this.events.publish(id, null, this.organiser).block(Duration.ofSeconds(30));
		assertThat(register(id)).isEqualTo(Status.CONFIRMED);
		assertThat(register(id)).isEqualTo(Status.CONFIRMED);
		setCapacity(id, 9);
		setCapacity(id, 8);
		assertThat(this.ledger.read(id).block().getCapacity()).isEqualTo(8);

		rollEventsForward();

		setCapacity(id, 3);
		assertThat(this.ledger.read(id).block().getCapacity()).as("the ledger follows an edit after the rollout")
			.isEqualTo(3);
		assertThat(register(id)).isEqualTo(Status.CONFIRMED);
		assertThat(register(id)).as("no fourth seat in three").isEqualTo(Status.WAITLISTED);
		LedgerDocument seats = this.ledger.read(id).block();
		assertThat(seats.getConfirmedSeats()).isEqualTo(3);
		assertThat(seats.getConfirmedSeats()).isLessThanOrEqualTo(this.events.find(id).block().getCapacity());

		// Below the confirmed seats is refused, and raising it again promotes the waiting one.
		assertThatThrownBy(() -> setCapacity(id, 2)).isInstanceOf(PortalException.class);
		setCapacity(id, 4);
		LedgerDocument raised = this.ledger.read(id).block();
		assertThat(raised.getCapacity()).isEqualTo(4);
		assertThat(raised.getConfirmedSeats()).isEqualTo(4);
		assertThat(this.events.find(id).block().getCapacity()).isEqualTo(4);
	}

}
