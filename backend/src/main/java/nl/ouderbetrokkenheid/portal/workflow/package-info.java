/**
 * The editorial workflow that every contribution to the portal goes through, whoever writes it: the states (draft,
 * submitted, changes requested, rejected, published), the steps between them and who must explain a step, the history
 * of steps, and the line-and-word diff between submitted versions. Articles and members' contributions each keep their
 * own documents and decide who may take a step; this package says which steps there are and what they look like.
 */
package nl.ouderbetrokkenheid.portal.workflow;
