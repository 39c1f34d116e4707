"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CheckIcon, CopyIcon } from "@/components/ui/icons";
import { USERS_STRINGS } from "./users-strings";

export type GeneratedPasswordDialogProps = { username: string; password: string | null; onClose: () => void };

/** Shows a generated password once, with a copy button. */
export function GeneratedPasswordDialog({ username, password, onClose }: GeneratedPasswordDialogProps) {
  const [isCopied, setIsCopied] = useState(false);
  async function copy() {
    if (!password) return;
    await navigator.clipboard.writeText(password);
    setIsCopied(true);
  }
  return (
    <Dialog
      open={password !== null}
      onClose={onClose}
      title={USERS_STRINGS.password.title(username)}
      description={USERS_STRINGS.password.body}
      size="sm"
      footer={
        <Button variant="primary" onClick={onClose}>
          {USERS_STRINGS.password.done}
        </Button>
      }
    >
      <div className="flex items-center gap-2">
        <code className="flex-1 rounded-md border border-border bg-surface-muted px-3 py-2 font-mono text-sm select-all" data-testid="generated-password">
          {password}
        </code>
        <Button onClick={copy} icon={isCopied ? <CheckIcon size={14} /> : <CopyIcon size={14} />}>
          {isCopied ? USERS_STRINGS.password.copied : USERS_STRINGS.password.copy}
        </Button>
      </div>
    </Dialog>
  );
}
