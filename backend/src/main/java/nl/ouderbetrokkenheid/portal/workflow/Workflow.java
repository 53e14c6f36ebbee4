package nl.ouderbetrokkenheid.portal.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The workflow's rules, the same for every kind of writing: which step the state allows (409 otherwise), which step
 * needs a comment (400 naming {@code comment}), what may be edited, how a step is recorded, and which submitted
 * versions a diff may compare. {@code kind} names the writing in problem slugs and details ({@code article},
 * {@code contribution}).
 */
public final class Workflow {

	private Workflow() {
	}

	/** The step's comment, stripped; null when none was given and none is needed. */
	public static String comment(WorkflowStep step, String comment) {
		String note = (comment == null || comment.isBlank()) ? null : comment.strip();
		if (step.needsComment() && note == null) {
			throw new InvalidRequestException("comment", Problems.Code.REQUIRED,
					"must explain the decision to the author");
		}
		return note;
	}

	/** 409 {@code invalid-transition} when the state does not allow the step. */
	public static void requireAllowed(String kind, WorkflowState state, WorkflowStep step) {
		if (!step.from().contains(state)) {
			throw new PortalException(HttpStatus.CONFLICT, "invalid-transition", "Step not possible now",
					"%s in state %s cannot be %s; that needs state %s.".formatted(article(kind), state, step.done(),
							String.join(" or ", step.from().stream().map(Enum::name).sorted().toList())));
		}
	}

	/** 409 {@code <kind>-not-editable} unless the author may change the content in this state. */
	public static void requireEditable(String kind, WorkflowState state) {
		if (!state.editable()) {
			throw new PortalException(HttpStatus.CONFLICT, kind + "-not-editable",
					capitalised(kind) + " cannot be edited now", "%s in state %s cannot be edited; only drafts and %ss sent back for changes can."
						.formatted(article(kind), state, kind));
		}
	}

	/** 403 {@code not-author} unless the actor wrote it: only the author edits and submits, editors included. */
	public static void requireAuthor(String kind, String authorSubject, PortalUser actor) {
		if (!Objects.equals(authorSubject, actor.subject())) {
			throw new PortalException(HttpStatus.FORBIDDEN, "not-author", "Not your " + kind,
					"Only the author may change or submit this " + kind + ".");
		}
	}

	/** The history entry for a step the actor took now; {@code submissions} numbers the version it concerns. */
	public static Transition record(WorkflowState from, WorkflowStep step, PortalUser actor, Instant at, String note,
			int submissions) {
		return new Transition(from, step.to(), actor.subject(), actor.name(), at, note,
				(submissions > 0) ? Integer.valueOf(submissions) : null);
	}

	/** The last comment anyone left, for lists. */
	public static String lastComment(List<Transition> history) {
		return history.reversed().stream().map(Transition::getComment).filter(Objects::nonNull).findFirst().orElse(null);
	}

	public static List<StepView> views(List<Transition> history) {
		return history.stream()
			.map(step -> new StepView(step.getFrom(), step.getTo(), step.getActorName(), step.getAt(),
					step.getComment(), step.getVersion()))
			.toList();
	}

	/** On erasure of an editor's account: their name leaves the history, the decisions stay. */
	public static boolean forget(List<Transition> history, String subject) {
		boolean changed = false;
		for (Transition step : history) {
			if (subject.equals(step.getActorSubject())) {
				step.setActorSubject(null);
				step.setActorName("Redactie");
				changed = true;
			}
		}
		return changed;
	}

	/**
	 * What changed from one submitted version to another, by default from the previous submission to the last;
	 * {@code text} reads version n as the text editors compare (version 0 is empty).
	 */
	public static Mono<DiffView> diff(int submissions, Integer from, Integer to, IntFunction<Mono<String>> text) {
		int target = (to != null) ? to : submissions;
		int base = (from != null) ? from : target - 1;
		if (target < 1 || target > submissions) {
			return Mono.error(new InvalidRequestException("to", Problems.Code.NO_SUCH_VERSION,
					"there is no submitted version " + target));
		}
		if (base < 0 || base >= target) {
			return Mono.error(new InvalidRequestException("from", Problems.Code.NOT_EARLIER,
					"must name an earlier version than 'to'"));
		}
		Mono<String> before = (base == 0) ? Mono.just("") : text.apply(base);
		return Mono.zip(before, text.apply(target))
			.map(texts -> new DiffView(base, target, TextDiff.lines(texts.getT1(), texts.getT2())));
	}

	/** The owner name of a document's files in the files feature: {@code <kind>:<id>}. */
	public static String fileOwner(String kind, String id) {
		return kind + ":" + id;
	}

	/**
	 * 400 naming each field a submission still lacks: what every catalogue item has (a summary, a partnership, a
	 * sector) and the kind's own {@code required} fields, given as name and value pairs.
	 */
	public static void requireComplete(WorkflowFields document, String... required) {
		List<Problems.FieldError> errors = new ArrayList<>();
		List<String> fields = new ArrayList<>(List.of("summary", Objects.toString(document.getSummary(), "")));
		fields.addAll(Arrays.asList(required));
		for (int i = 0; i < fields.size(); i += 2) {
			if (fields.get(i + 1) == null || fields.get(i + 1).isBlank()) {
				errors.add(new Problems.FieldError(fields.get(i), Problems.Code.REQUIRED, "is needed to submit"));
			}
		}
		if (document.getPartnerships().isEmpty()) {
			errors.add(atLeastOne("partnerships"));
		}
		if (document.getSectors().isEmpty()) {
			errors.add(atLeastOne("sectors"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private static Problems.FieldError atLeastOne(String field) {
		return new Problems.FieldError(field, Problems.Code.TOO_FEW, "at least one is needed to submit", 1L, null);
	}

	/** The author's own view of their documents, for their data export. */
	public static PortalUser owner(String subject) {
		return new PortalUser(subject, null, null, Set.of());
	}

	/**
	 * One document in its author's data export: what every kind has (title, state, summary, history, creation) around
	 * the kind's own {@code content}.
	 */
	public static Map<String, Object> exported(String title, WorkflowState state, String summary,
			Map<String, Object> content, List<StepView> history, Instant createdAt) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("title", title);
		entry.put("state", state);
		entry.put("summary", String.valueOf(summary));
		entry.putAll(content);
		entry.put("history", history);
		entry.put("createdAt", String.valueOf(createdAt));
		return entry;
	}

	/** The export's section: the author's documents as a list, an empty one when there are none. */
	public static Mono<Object> exports(Flux<Map<String, Object>> entries) {
		return entries.collectList().map(list -> (Object) list).defaultIfEmpty(List.of());
	}

	/** A page of an author's own documents, the latest change first. */
	public static PageRequest latest(int size) {
		return PageRequest.of(0, size, Sort.by(Sort.Direction.DESC, "updatedAt"));
	}

	/** A page of documents in a state: the submitted ones oldest first (a queue), others by latest change. */
	public static PageRequest queue(WorkflowState state, int size) {
		return PageRequest.of(0, size, (state == WorkflowState.SUBMITTED) ? Sort.by(Sort.Direction.ASC, "submittedAt")
				: Sort.by(Sort.Direction.DESC, "updatedAt"));
	}

	/** A text field as stored: stripped, and none when blank. */
	public static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String article(String kind) {
		return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "An " : "A ") + kind;
	}

	private static String capitalised(String kind) {
		return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
	}

}
