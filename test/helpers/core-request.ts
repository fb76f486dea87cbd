// Requests for the core's runs from plain paths, as the CLI builds them from its options.
import type { JobRequest } from '../../src/core/run-job.js';
import { readerOptions, type ReaderRequest } from '../../src/core/reader-options.js';
import { inputSource } from '../../src/io/input-source.js';

export function jobRequest(o: { criteria?: string; scores: string; survey?: string; findings?: string } & ReaderRequest): JobRequest {
  const { criteria, scores, survey, findings, ...reader } = o;
  return {
    ...(criteria !== undefined ? { criteria } : {}),
    scores: [inputSource(scores)],
    ...(survey !== undefined ? { survey: [inputSource(survey)] } : {}),
    ...(findings !== undefined ? { findings: [inputSource(findings)] } : {}),
    reader: readerOptions(reader),
  };
}
