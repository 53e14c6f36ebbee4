package nl.ouderbetrokkenheid.portal.isop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which assessor takes a dossier (an assessor's subject, see {@code GET /api/isop/assessors}). */
public record AssignInput(@NotBlank @Size(max = 200) String assessorSubject) {
}
