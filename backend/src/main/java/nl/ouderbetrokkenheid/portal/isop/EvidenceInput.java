package nl.ouderbetrokkenheid.portal.isop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

/**
 * Evidence other than a document: a link ({@code url} required) or notes of a visit, conversation or team meeting
 * ({@code text} required). Documents are uploaded as files.
 */
public record EvidenceInput(@NotNull EvidenceKind kind, @NotBlank @Size(max = 200) String title,
		@Size(max = 2000) @URL(regexp = "^https?://.*") String url, @Size(max = 10_000) String text) {
}
