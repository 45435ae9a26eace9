import { Prisma } from '../db/generated/client';

/** A unique index refused the write: two editors took the same slug at the same moment. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
