/**
 * Grouping checks on judged pairs: whether the story ids put copies of one story together and only
 * them (duplicate detection), and how often the name fold puts two different names under one key.
 */
package newsearch.bench.grouping;
