package nl.ouderbetrokkenheid.portal.system;

import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;
import org.springframework.http.HttpStatus;

/**
 * A document's version as Elasticsearch counts it (sequence number and primary term), sent to clients as the ETag
 * and expected back in {@code If-Match}, so a stale edit never overwrites a newer one.
 */
public record DocumentVersion(long seqNo, long primaryTerm) {

	public static DocumentVersion of(SeqNoPrimaryTerm version) {
		return new DocumentVersion(version.sequenceNumber(), version.primaryTerm());
	}

	public String etag() {
		return "\"" + this.seqNo + "-" + this.primaryTerm + "\"";
	}

	/** The version an If-Match header names, or null when there is none or it is not one of ours. */
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

	/**
	 * The version an If-Match header names, for writes that must name one: 428 without the header, 412 when it names
	 * no version of ours.
	 */
	public static DocumentVersion require(String ifMatch, String what) {
		if (ifMatch == null) {
			throw new PortalException(HttpStatus.PRECONDITION_REQUIRED, "version-required", "Version required",
					"Send the ETag you loaded the " + what + " with in an If-Match header.");
		}
		DocumentVersion version = parse(ifMatch);
		if (version == null) {
			throw stale(what);
		}
		return version;
	}

	/** The answer to a write based on a version that is no longer current. */
	public static PortalException stale(String what) {
		return new PortalException(HttpStatus.PRECONDITION_FAILED, "stale-" + what.replace(' ', '-'),
				Character.toUpperCase(what.charAt(0)) + what.substring(1) + " changed meanwhile",
				"Someone saved this " + what + " after you opened it. Reload it and make your changes again.");
	}

}
