/** The package import API ({@code POST /api/packages}): a streamed multipart servlet over the package service. */
@NullMarked
package org.paralelo.interchange.web;

import org.jspecify.annotations.NullMarked;
