package nl.ouderbetrokkenheid.portal.isop;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * Which assessor takes a dossier: one of the assessors the portal knows ({@code assessorSubject}, see
 * {@code GET /api/isop/assessors}), or an e-mail address, for an assessor who has not logged in yet. Exactly one.
 */
public record AssignInput(@Size(max = 200) String assessorSubject, @Email @Size(max = 254) String assessorEmail) {
}
