/**
 * The OAuth 2.1 / OpenID Connect side: the registered portal client, the issuer and its safety check, the security
 * filter chains and the claims that go into ID tokens and the userinfo response.
 */
@NullMarked
package nl.ouderbetrokkenheid.identityprovider.authorization;

import org.jspecify.annotations.NullMarked;
