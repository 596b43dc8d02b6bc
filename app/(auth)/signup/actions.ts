"use server";
// Sign-up: creates the account; the form then signs in through next-auth.
import { publicAction } from "@/lib/actions/pipeline";
import { signUpSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/users/mutations";

export const signUpAction = publicAction(signUpSchema, ({ input, requestId }) => signUp({ input, requestId }));
