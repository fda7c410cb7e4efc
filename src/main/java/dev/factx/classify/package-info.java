/** What a figure is about: its qualifier, the period it refers to, and the metric it measures. */
package dev.factx.classify;
