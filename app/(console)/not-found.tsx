import { PageProblem } from "@/components/shell/page-problem";
import { SHELL_STRINGS } from "@/components/shell/shell-strings";

export default function ConsoleNotFound() {
  return (
    <PageProblem
      title={SHELL_STRINGS.errors.notFoundTitle}
      whatToDo={SHELL_STRINGS.errors.notFoundWhatToDo}
      links={[
        { href: "/", label: SHELL_STRINGS.errors.goHome },
        { href: "/settings/data-services", label: SHELL_STRINGS.errors.openSettings },
      ]}
    />
  );
}
