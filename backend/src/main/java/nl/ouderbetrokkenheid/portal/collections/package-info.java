/**
 * A member's named collections of catalogue items ("voor de teamvergadering"): kept for themselves, and shared by a
 * read-only link with an unguessable token that anyone can open without an account.
 */
package nl.ouderbetrokkenheid.portal.collections;
