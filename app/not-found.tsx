import { PageProblem } from "@/components/shell/page-problem";
import { SHELL_STRINGS } from "@/components/shell/shell-strings";

/** Any address no page answers: say so, and offer the way back. */
export default function NotFound() {
  return (
    <main className="px-5 py-10">
      <PageProblem
        title={SHELL_STRINGS.errors.notFoundTitle}
        whatToDo={SHELL_STRINGS.errors.notFoundWhatToDo}
        links={[
          { href: "/", label: SHELL_STRINGS.errors.goHome },
          { href: "/settings/data-services", label: SHELL_STRINGS.errors.openSettings },
        ]}
      />
    </main>
  );
}
