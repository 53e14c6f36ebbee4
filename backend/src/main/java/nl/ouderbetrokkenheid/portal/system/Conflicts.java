package nl.ouderbetrokkenheid.portal.system;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.elasticsearch.BulkFailureException;
import org.springframework.data.elasticsearch.RestStatusException;
import org.springframework.data.elasticsearch.VersionConflictException;
import org.springframework.http.HttpStatus;

/**
 * Recognises Elasticsearch's answer to a lost optimistic-concurrency race ({@code op_type=create} on an existing id,
 * or {@code if_seq_no}/{@code if_primary_term} that no longer match), whichever layer reports it: by the exception's
 * type and its HTTP status 409, never by its message.
 */
public final class Conflicts {

	private static final int CONFLICT = HttpStatus.CONFLICT.value();

	private Conflicts() {
	}

	public static boolean isConflict(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (isConflictItself(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static boolean isConflictItself(Throwable ex) {
		return switch (ex) {
			case OptimisticLockingFailureException optimistic -> true;
			case VersionConflictException version -> true;
			case ElasticsearchException elasticsearch -> elasticsearch.status() == CONFLICT;
			case TransportException transport -> transport.statusCode() == CONFLICT;
			case RestStatusException rest -> rest.getStatus() == CONFLICT;
			// A bulk write is a conflict when every document that failed lost a race.
			case BulkFailureException bulk -> !bulk.getFailedDocuments().isEmpty() && bulk.getFailedDocuments()
				.values()
				.stream()
				.allMatch(failure -> failure.status() != null && failure.status() == CONFLICT);
			default -> false;
		};
	}

}
