/** Search benchmark: a server as a child process, queries replayed over HTTP, startup time. */
package newsearch.bench.search;
