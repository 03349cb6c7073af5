/** The search server: configuration and start-up. */
package newsearch.server;
