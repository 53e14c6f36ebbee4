/**
 * Who is logged in: OpenID Connect login as a backend-for-frontend (the app never sees a token), roles from the
 * provider combined with roles granted in the portal, profiles created at first login, and each person's right to
 * see and erase what the portal holds about them.
 */
package nl.ouderbetrokkenheid.portal.identity;
