import { InputError } from '@backstage/errors';
import express, { Request, Response } from 'express';
import { PayloadTooLargeError } from './errors';

/**
 * A JSON body parser with a byte limit whose failures read well: an
 * oversized body becomes a 413 naming the limit, malformed JSON a 400.
 * Run inside the route handler so that these failures are audited too.
 * @internal
 */
export function createJsonBodyParser(maxRequestBytes: number) {
  const parser = express.json({
    limit: maxRequestBytes,
    type: ['application/json', 'application/*+json'],
  });
  return (req: Request, res: Response): Promise<unknown> =>
    new Promise((resolve, reject) => {
      parser(req, res, (error?: any) => {
        if (!error) resolve(req.body);
        else if (error.type === 'entity.too.large') {
          reject(
            new PayloadTooLargeError(
              `The request body may be at most ${maxRequestBytes} bytes, this one has ${
                error.length ?? 'more'
              }; split it into smaller batches (limit: deliveryReliability.ingestion.maxRequestBytes)`,
            ),
          );
        } else if (error.type === 'entity.parse.failed') {
          reject(
            new InputError(
              `The request body is not valid JSON: ${error.message}`,
            ),
          );
        } else reject(error);
      });
    });
}
