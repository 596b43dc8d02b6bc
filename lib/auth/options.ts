// next-auth v4 configuration: credentials (email + password) with JWT sessions.
// v4 is the maintained stable line and declares Next 16 support; v5 (Auth.js) is still beta.
// Each JWT carries the user's sessionVersion; getCurrentUser() refuses tokens whose version is
// older than the database's (password changed, signed out everywhere).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { clientIp, signInWithPassword } from "./sign-in";

/** Fixed secret for local development and tests only; production requires NEXTAUTH_SECRET. */
const DEV_SECRET = "claimdesk-development-secret-not-for-production-use";

export function authSecret(): string {
  return env().NEXTAUTH_SECRET ?? DEV_SECRET;
}

export function authOptions(): NextAuthOptions {
  const { SESSION_MAX_AGE, TRUST_PROXY } = env();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: 60 * 15 },
    jwt: { maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          try {
            const user = await signInWithPassword({
              email: credentials?.email,
              password: credentials?.password,
              ip: clientIp(req?.headers ?? {}, TRUST_PROXY),
            });
            return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
          } catch (e) {
            // next-auth passes the message to the client as `error`; encode code + wait.
            if (isAppError(e)) {
              const retry = (e.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
              throw new Error(retry ? `${e.userMessage}:${retry}` : e.userMessage);
            }
            throw e;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) {
          (session.user as { id?: string }).id = token.uid as string | undefined;
        }
        (session as { sv?: number }).sv = token.sv as number | undefined;
        return session;
      },
    },
  };
}
