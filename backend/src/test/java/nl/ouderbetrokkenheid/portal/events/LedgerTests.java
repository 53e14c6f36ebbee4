package nl.ouderbetrokkenheid.portal.events;

import java.util.List;

import nl.ouderbetrokkenheid.portal.events.LedgerDocument.Notice;
import nl.ouderbetrokkenheid.portal.events.RegistrationDocument.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerTests {

	private static LedgerDocument ledger(Integer capacity) {
		LedgerDocument document = new LedgerDocument();
		document.setEventId("event");
		document.setCapacity(capacity);
		return document;
	}

	private static Ledger.Outcome one(LedgerDocument document, Ledger.Operation operation) {
		return new Ledger(document).apply(List.of(operation)).getFirst();
	}

	@Test
	void registrationBeyondCapacityGoesToWaitlistInArrivalOrder() {
		LedgerDocument document = ledger(2);
		List<Ledger.Outcome> outcomes = new Ledger(document).apply(List.of(new Ledger.Settle("a", 1, 1),
				new Ledger.Settle("b", 1, 1), new Ledger.Settle("c", 1, 1), new Ledger.Settle("d", 1, 1)));
		assertThat(outcomes).extracting(outcome -> outcome.entry().getStatus())
			.containsExactly(Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED, Status.WAITLISTED);
		assertThat(outcomes).extracting(outcome -> outcome.entry().getArrival()).containsExactly(1L, 2L, 3L, 4L);
		assertThat(Ledger.waitlistPosition(document, "d")).isEqualTo(2);
		assertThat(Ledger.waitlistPositions(document)).isEqualTo(java.util.Map.of("c", 1, "d", 2));
		assertThat(document.getConfirmedSeats()).isEqualTo(2);
	}

	@Test
	void settlingTwiceChangesNothingTheSecondTime() {
		LedgerDocument document = ledger(1);
		one(document, new Ledger.Settle("a", 1, 1));
		Ledger again = new Ledger(document);
		again.apply(List.of(new Ledger.Settle("a", 1, 1)));
		assertThat(again.changed()).isEmpty();
		assertThat(document.getConfirmedSeats()).isEqualTo(1);
		assertThat(document.getNextArrival()).isEqualTo(2);
	}

	@Test
	void cancellingAConfirmedSeatPromotesTheFirstWaitlistedWhoFits() {
		LedgerDocument document = ledger(3);
		new Ledger(document).apply(List.of(new Ledger.Settle("a", 1, 2), new Ledger.Settle("b", 1, 1),
				new Ledger.Settle("group", 1, 3), new Ledger.Settle("c", 1, 1), new Ledger.Settle("d", 1, 1)));
		Ledger ledger = new Ledger(document);
		ledger.apply(List.of(new Ledger.Cancel("a", 1)));
		// Two seats free: the group of three does not fit, so c and d (next in arrival order) move up.
		assertThat(ledger.changed()).extracting(LedgerDocument.Entry::getRegistrationId).containsExactly("a", "c", "d");
		assertThat(ledger.changed().get(1).getNotice()).isEqualTo(Notice.PROMOTED);
		assertThat(document.getConfirmedSeats()).isEqualTo(3);
		assertThat(Ledger.waitlistPosition(document, "group")).isEqualTo(1);
		Ledger twice = new Ledger(document);
		twice.apply(List.of(new Ledger.Cancel("a", 1)));
		assertThat(twice.changed()).isEmpty();
	}

	@Test
	void capacityBelowConfirmedSeatsIsRefusedAndRaisingItPromotes() {
		LedgerDocument document = ledger(2);
		new Ledger(document).apply(List.of(new Ledger.Settle("a", 1, 1), new Ledger.Settle("b", 1, 1),
				new Ledger.Settle("c", 1, 1)));
		assertThat(one(document, new Ledger.Resize(1, 1)).refused()).isTrue();
		assertThat(document.getCapacity()).isEqualTo(2);
		assertThat(one(document, new Ledger.Resize(3, 2)).refused()).isFalse();
		assertThat(document.getConfirmedSeats()).isEqualTo(3);
	}

	@Test
	void aResizeFromAnOlderVersionOfTheEventIsIgnored() {
		LedgerDocument document = ledger(2);
		assertThat(one(document, new Ledger.Resize(5, 7)).refused()).isFalse();
		assertThat(one(document, new Ledger.Resize(3, 6)).refused()).isFalse(); // late: version 6 was overtaken by 7
		assertThat(document.getCapacity()).isEqualTo(5);
		assertThat(document.getCapacityVersion()).isEqualTo(7);
		one(document, new Ledger.Resize(4, 8));
		assertThat(document.getCapacity()).isEqualTo(4);
	}

	@Test
	void closingCancelsEveryoneAndLaterSettlesAreCancelledToo() {
		LedgerDocument document = ledger(1);
		new Ledger(document).apply(List.of(new Ledger.Settle("a", 1, 1), new Ledger.Settle("b", 1, 1)));
		Ledger closing = new Ledger(document);
		closing.apply(List.of(new Ledger.Close()));
		assertThat(closing.changed()).extracting(LedgerDocument.Entry::getNotice)
			.containsOnly(Notice.EVENT_CANCELLED)
			.hasSize(2);
		assertThat(one(document, new Ledger.Settle("c", 1, 1)).entry().getStatus()).isEqualTo(Status.CANCELLED);
		assertThat(document.getConfirmedSeats()).isZero();
	}

	@Test
	void aNewAttemptAfterCancellingGetsANewArrival() {
		LedgerDocument document = ledger(1);
		one(document, new Ledger.Settle("a", 1, 1));
		one(document, new Ledger.Cancel("a", 1));
		Ledger.Outcome again = one(document, new Ledger.Settle("a", 2, 1));
		assertThat(again.entry().getStatus()).isEqualTo(Status.CONFIRMED);
		assertThat(again.entry().getArrival()).isEqualTo(2);
		assertThat(document.getConfirmedSeats()).isEqualTo(1);
	}

}
