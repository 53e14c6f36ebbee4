/**
 * The demo accounts: who can log in, their names, e-mail addresses and portal roles, and the login page that lists
 * them.
 */
@NullMarked
package nl.ouderbetrokkenheid.identityprovider.account;

import org.jspecify.annotations.NullMarked;
