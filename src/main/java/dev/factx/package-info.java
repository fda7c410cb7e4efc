/**
 * factx: every figure and dated event in news articles, normalized, with its source sentence;
 * {@link dev.factx.Extractor} is the library entry point.
 *
 * <h2>The library API</h2>
 * These types are factx's API for other JVM programs, documented in the README's "Using factx
 * as a library":
 * <ul>
 *   <li>{@code dev.factx}: {@link dev.factx.Extractor}, {@link dev.factx.ExtractOptions},
 *       {@link dev.factx.DocumentText};</li>
 *   <li>{@code dev.factx.model}: {@link dev.factx.model.Fact}, {@link dev.factx.model.Kind},
 *       {@link dev.factx.model.Qualifier};</li>
 *   <li>{@code dev.factx.input}: {@link dev.factx.input.InputDecoder} and
 *       {@link dev.factx.input.DecodedInput} only;</li>
 *   <li>{@code dev.factx.output}: {@link dev.factx.output.FactWriter} and its three writers,
 *       {@link dev.factx.output.OutputFormat}, {@link dev.factx.output.FactFields},
 *       {@link dev.factx.output.PlainNumbers}.</li>
 * </ul>
 * Everything else is internal, public only so that the pipeline's stages can call each other,
 * and may change in any release: the other classes of {@code input} and {@code output}, and the
 * packages {@code text}, {@code recognize}, {@code normalize}, {@code classify},
 * {@code timeline} and {@code cli}.
 */
package dev.factx;
