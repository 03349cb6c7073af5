/** Ranking evaluation: qrels, metrics (nDCG, MAP, recall) and the bare BM25 reference run. */
package newsearch.bench.eval;
