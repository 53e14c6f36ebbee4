package nl.ouderbetrokkenheid.portal.reactions;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** A person's reactions, replies and reports in their export; erased with the account ({@link ReactionService#erase}). */
@Component
@RequiredArgsConstructor
class ReactionPersonalData implements PersonalDataHolder {

	private final ReactionService reactions;

	@Override
	public String section() {
		return "reactions";
	}

	@Override
	public Mono<Object> export(String subject) {
		Mono<Object> reactions = this.reactions.reactionsOf(subject).map(reaction -> (Object) Map.of("item",
				reaction.getItem(), "kind", reaction.getKind().name(), "at", String.valueOf(reaction.getCreatedAt())))
			.collectList()
			.map(list -> (Object) list);
		Mono<Object> replies = this.reactions.repliesOf(subject).map(reply -> (Object) Map.of("item", reply.getItem(),
				"body", reply.getBody(), "state", reply.getState().name(), "at", String.valueOf(reply.getCreatedAt())))
			.collectList()
			.map(list -> (Object) list);
		Mono<Object> reports = this.reactions.reportedBy(subject)
			.flatMapIterable(reply -> reply.getReports()
				.stream()
				.filter(report -> subject.equals(report.getSubject()))
				.map(report -> (Object) Map.of("reply", reply.getId(), "reason", String.valueOf(report.getReason()),
						"at", String.valueOf(report.getAt())))
				.toList())
			.collectList()
			.map(list -> (Object) list);
		return Mono.zip(reactions, replies, reports).map(all -> {
			Map<String, Object> section = new LinkedHashMap<>();
			section.put("reactions", all.getT1());
			section.put("replies", all.getT2());
			section.put("reports", all.getT3());
			return section;
		});
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.reactions.erase(subject);
	}

}
