package nl.ouderbetrokkenheid.portal.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.ouderbetrokkenheid.portal.events.LedgerDocument.Entry;
import nl.ouderbetrokkenheid.portal.events.LedgerDocument.Notice;
import nl.ouderbetrokkenheid.portal.events.RegistrationDocument.Status;

/**
 * The seat rules, as pure functions over one ledger document: no I/O, so they can be applied again to a fresh copy
 * whenever a compare-and-set loses, and every operation is idempotent (applying it twice changes nothing more).
 */
final class Ledger {

	/** Something that changes the ledger. */
	sealed interface Operation {

	}

	/** Gives a stored registration attempt its arrival number and a seat or a waitlist place. */
	record Settle(String registrationId, int attempt, int seats) implements Operation {
	}

	/** Gives up a registration attempt's seat or waitlist place. */
	record Cancel(String registrationId, int attempt) implements Operation {
	}

	/**
	 * Changes the capacity ({@code null}: unlimited) to what capacity edit {@code version} of the event says (its
	 * {@code capacityVersion}, which counts on across index rollouts, unlike a sequence number); refused below
	 * the seats already confirmed, ignored when the ledger already follows that or a later version of the event.
	 */
	record Resize(Integer capacity, long version) implements Operation {
	}

	/** The event is cancelled: every registration with it. */
	record Close() implements Operation {
	}

	/** What an operation did: the entry it concerns (if any), or why it was refused. */
	record Outcome(Entry entry, String refusal) {

		boolean refused() {
			return this.refusal != null;
		}

	}

	private final LedgerDocument document;

	private final Map<String, Entry> byId = new LinkedHashMap<>();

	private final List<Entry> changed = new ArrayList<>();

	Ledger(LedgerDocument document) {
		this.document = document;
		document.getEntries().forEach(entry -> this.byId.put(entry.getRegistrationId(), entry));
	}

	List<Outcome> apply(List<? extends Operation> operations) {
		List<Outcome> outcomes = new ArrayList<>(operations.size());
		for (Operation operation : operations) {
			outcomes.add(switch (operation) {
				case Settle settle -> settle(settle);
				case Cancel cancel -> cancel(cancel);
				case Resize resize -> resize(resize);
				case Close close -> close();
			});
		}
		return outcomes;
	}

	/** The entries this ledger changed, each once, in the order of their first change. */
	List<Entry> changed() {
		return this.changed.stream().distinct().toList();
	}

	private Outcome settle(Settle settle) {
		Entry existing = this.byId.get(settle.registrationId());
		if (existing != null && existing.getAttempt() >= settle.attempt()) {
			return new Outcome(existing, null); // already decided: settling is idempotent
		}
		if (existing != null && isActive(existing)) {
			// An older attempt still holds a place (it should have been cancelled first): give that up.
			release(existing, Notice.CANCELLED_BY_MEMBER);
		}
		Entry entry = (existing != null) ? existing : new Entry();
		if (existing == null) {
			entry.setRegistrationId(settle.registrationId());
			this.document.getEntries().add(entry);
			this.byId.put(settle.registrationId(), entry);
		}
		entry.setAttempt(settle.attempt());
		entry.setSeats(settle.seats());
		entry.setArrival(this.document.getNextArrival());
		this.document.setNextArrival(this.document.getNextArrival() + 1);
		if (!this.document.isOpen()) {
			change(entry, Status.CANCELLED, Notice.EVENT_CANCELLED);
		}
		else if (fits(settle.seats())) {
			this.document.setConfirmedSeats(this.document.getConfirmedSeats() + settle.seats());
			change(entry, Status.CONFIRMED, Notice.CONFIRMED);
		}
		else {
			change(entry, Status.WAITLISTED, Notice.WAITLISTED);
		}
		return new Outcome(entry, null);
	}

	private Outcome cancel(Cancel cancel) {
		Entry entry = this.byId.get(cancel.registrationId());
		if (entry == null || entry.getAttempt() != cancel.attempt() || !isActive(entry)) {
			return new Outcome(entry, null); // nothing to give up: cancelling is idempotent
		}
		release(entry, Notice.CANCELLED_BY_MEMBER);
		promote();
		return new Outcome(entry, null);
	}

	private void release(Entry entry, Notice notice) {
		if (entry.getStatus() == Status.CONFIRMED) {
			this.document.setConfirmedSeats(this.document.getConfirmedSeats() - entry.getSeats());
		}
		change(entry, Status.CANCELLED, notice);
	}

	private Outcome resize(Resize resize) {
		if (resize.version() <= this.document.getCapacityVersion()) {
			return new Outcome(null, null); // an edit overtaken by a later one: its capacity no longer counts
		}
		if (resize.capacity() != null && resize.capacity() < this.document.getConfirmedSeats()) {
			return new Outcome(null, capacityRefusal(this.document.getConfirmedSeats()));
		}
		this.document.setCapacity(resize.capacity());
		this.document.setCapacityVersion(resize.version());
		promote();
		return new Outcome(null, null);
	}

	private Outcome close() {
		this.document.setOpen(false);
		for (Entry entry : this.document.getEntries()) {
			if (isActive(entry)) {
				change(entry, Status.CANCELLED, Notice.EVENT_CANCELLED);
			}
		}
		this.document.setConfirmedSeats(0);
		return new Outcome(null, null);
	}

	/** Hands free seats to the waitlist in arrival order, to the first who fit. */
	private void promote() {
		if (!this.document.isOpen()) {
			return;
		}
		List<Entry> waiting = this.document.getEntries()
			.stream()
			.filter(entry -> entry.getStatus() == Status.WAITLISTED)
			.sorted(Comparator.comparingLong(Entry::getArrival))
			.toList();
		for (Entry entry : waiting) {
			if (fits(entry.getSeats())) {
				this.document.setConfirmedSeats(this.document.getConfirmedSeats() + entry.getSeats());
				change(entry, Status.CONFIRMED, Notice.PROMOTED);
			}
		}
	}

	private boolean fits(int seats) {
		Integer capacity = this.document.getCapacity();
		return capacity == null || this.document.getConfirmedSeats() + seats <= capacity;
	}

	private void change(Entry entry, Status status, Notice notice) {
		entry.setStatus(status);
		entry.setNotice(notice);
		entry.setRev(this.document.getNextRev());
		this.document.setNextRev(this.document.getNextRev() + 1);
		this.changed.add(entry);
	}

	static String capacityRefusal(int confirmedSeats) {
		return "%d seats are confirmed; the capacity cannot go below that".formatted(confirmedSeats);
	}

	static boolean isActive(Entry entry) {
		return entry.getStatus() == Status.CONFIRMED || entry.getStatus() == Status.WAITLISTED;
	}

	/** 1-based place on the waitlist, or 0 when not waiting. */
	static int waitlistPosition(LedgerDocument document, String registrationId) {
		Entry mine = document.getEntries()
			.stream()
			.filter(entry -> entry.getRegistrationId().equals(registrationId))
			.findFirst()
			.orElse(null);
		if (mine == null || mine.getStatus() != Status.WAITLISTED) {
			return 0;
		}
		return 1 + (int) document.getEntries()
			.stream()
			.filter(entry -> entry.getStatus() == Status.WAITLISTED && entry.getArrival() < mine.getArrival())
			.count();
	}

	/** Every waitlisted registration's 1-based place, in one pass: lists of thousands ask for all of them. */
	static Map<String, Integer> waitlistPositions(LedgerDocument document) {
		Map<String, Integer> positions = new HashMap<>();
		document.getEntries()
			.stream()
			.filter(entry -> entry.getStatus() == Status.WAITLISTED)
			.sorted(Comparator.comparingLong(Entry::getArrival))
			.forEach(entry -> positions.put(entry.getRegistrationId(), positions.size() + 1));
		return positions;
	}

	static long waitlisted(LedgerDocument document) {
		return document.getEntries().stream().filter(entry -> entry.getStatus() == Status.WAITLISTED).count();
	}

}
