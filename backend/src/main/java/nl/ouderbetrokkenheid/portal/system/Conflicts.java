package nl.ouderbetrokkenheid.portal.system;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Recognises Elasticsearch's answer to a lost optimistic-concurrency race ({@code op_type=create} on an existing id,
 * or {@code if_seq_no}/{@code if_primary_term} that no longer match), whichever layer reports it.
 */
public final class Conflicts {

	private Conflicts() {
	}

	public static boolean isConflict(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingFailureException) {
				return true;
			}
			if (cause instanceof ElasticsearchException es && es.status() == 409) {
				return true;
			}
			String message = cause.getMessage();
			if (message != null && (message.contains("version_conflict_engine_exception")
					|| message.contains("version conflict") || message.contains("document already exists"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
