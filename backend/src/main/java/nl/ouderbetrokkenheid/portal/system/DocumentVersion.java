package nl.ouderbetrokkenheid.portal.system;

import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * A document's version as Elasticsearch counts it (sequence number and primary term), sent to clients as an
 * {@code ETag} and expected back in {@code If-Match}, so an edit based on an outdated copy is refused rather than
 * overwriting someone else's.
 */
public record DocumentVersion(long seqNo, long primaryTerm) {

	public static DocumentVersion of(SeqNoPrimaryTerm version) {
		return new DocumentVersion(version.sequenceNumber(), version.primaryTerm());
	}

	public String etag() {
		return "\"" + this.seqNo + "-" + this.primaryTerm + "\"";
	}

	/** The version an {@code If-Match} header names, or {@code null} when it is absent or not one of ours. */
	public static DocumentVersion parse(String ifMatch) {
		if (ifMatch == null) {
			return null;
		}
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		String[] parts = value.replace("\"", "").split("-");
		if (parts.length != 2) {
			return null;
		}
		try {
			return new DocumentVersion(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
